import { redirect } from "next/navigation";

export default async function UnitPage({ params }: { params: Promise<{ unitId: string }> }) {
  redirect(`/units/${encodeURIComponent((await params).unitId)}/report`);
}
