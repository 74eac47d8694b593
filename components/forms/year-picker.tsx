import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { YEAR_MAX, YEAR_MIN } from "@/lib/year";

/** A plain GET form: a year and one more choice (a period, a plan version) live in the URL. */
export function YearPicker({
  year,
  choice,
  labels,
}: {
  year: number;
  choice: { name: string; value: string; options: readonly { value: string; label: string }[] };
  labels: { year: string; choice: string; show: string };
}) {
  return (
    <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col">
        {labels.year}
        <Input name="year" type="number" min={YEAR_MIN} max={YEAR_MAX} defaultValue={year} className="w-24" />
      </label>
      <label className="flex flex-col">
        {labels.choice}
        <Select name={choice.name} defaultValue={choice.value}>
          {choice.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </label>
      <Button type="submit" variant="secondary" size="sm">
        {labels.show}
      </Button>
    </form>
  );
}
