import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Alert, FieldError } from "./alert";
import { Badge } from "./badge";
import { Button, buttonClass } from "./button";
import { cardClass } from "./card";
import { Dialog } from "./dialog";
import { Checkbox, Input, Textarea } from "./input";
import { Select } from "./select";
import { Table, TableCard, TableHead, Td, Th } from "./table";

const html = (type: unknown, props: Record<string, unknown> = {}, ...children: string[]) =>
  renderToStaticMarkup(createElement(type as string, props, ...children));

describe("the interface's primitives", () => {
  it("make a button that submits only when told to, with a visible focus ring", () => {
    expect(html(Button, {}, "Lưu")).toMatch(/^<button type="button" class="[^"]*focus-visible:outline-2[^"]*">Lưu<\/button>$/);
    expect(html(Button, { type: "submit", disabled: true }, "Lưu")).toContain('type="submit"');
    expect(buttonClass()).toContain("bg-red-800");
    expect(buttonClass({ variant: "secondary", size: "sm" })).toContain("border-red-800");
    expect(buttonClass({ variant: "link" })).not.toMatch(/\bp[xy]-/);
    expect(buttonClass({ variant: "plain" })).not.toMatch(/\bp[xy]-/);
  });

  it("give every button variant one focus ring, white on the red header bar and red elsewhere", () => {
    const variants = ["primary", "secondary", "neutral", "danger", "link", "plain", "header"] as const;
    for (const variant of variants) {
      const rings = buttonClass({ variant }).match(/focus-visible:outline-(?!offset|2)[a-z]+(-\d+)?/g);
      expect(rings, variant).toEqual([variant === "header" ? "focus-visible:outline-white" : "focus-visible:outline-red-700"]);
    }
    expect(buttonClass({ variant: "header" })).toContain("px-2 py-1");
    expect(html(Button, { variant: "header", disabled: true }, "Đăng xuất")).toContain("disabled:opacity-60");
  });

  it("keep a label's association and the caller's attributes on fields", () => {
    const input = html(Input, { id: "q", name: "q", numeric: true, "aria-invalid": true });
    expect(input).toContain('id="q"');
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain("text-right tabular-nums");
    expect(input).toContain("focus:outline-red-700");
    expect(html(Select, { name: "period", size: "md" })).toContain("bg-white");
    expect(html(Select, { name: "period" })).toContain("bg-white");
    expect(html(Input, { name: "q" })).not.toContain("bg-white");
    expect(html(Textarea, { name: "note" })).toContain("border-slate-400");
  });

  it("frame a toned select in the caller's colours only, with the same focus ring", () => {
    const select = html(Select, { name: "status", size: "xs", tone: "bg-amber-50 text-amber-900 ring-amber-700" });
    expect(select).toContain("ring-1 bg-amber-50 text-amber-900 ring-amber-700");
    expect(select).toContain("px-1 py-1");
    expect(select).toContain("focus:outline-red-700");
    expect(select).not.toContain("bg-white");
    expect(select).not.toContain("border-slate-400");
  });

  it("make a checkbox that keeps its name, value and focus ring", () => {
    const box = html(Checkbox, { name: "confirm", value: "yes", required: true });
    expect(box).toMatch(/^<input type="checkbox" class="[^"]*focus-visible:outline-red-700[^"]*"/);
    for (const attribute of ['name="confirm"', 'value="yes"', 'required=""']) expect(box).toContain(attribute);
  });

  it("announce a form's outcome: a refusal at once, a success politely", () => {
    expect(html(Alert, { tone: "error" }, "Sai mật khẩu")).toMatch(/^<div role="alert" class="rounded p-3 bg-red-50 text-red-900">/);
    expect(html(Alert, { tone: "success" }, "Đã lưu")).toMatch(/^<div role="status" class="rounded p-3 bg-emerald-50/);
    expect(html(FieldError, { "data-testid": "field-error" }, "Bắt buộc")).toBe('<span class="text-xs text-red-800" data-testid="field-error">Bắt buộc</span>');
  });

  it("give header cells a scope, a column's unless told otherwise", () => {
    expect(html(Th, {}, "Chỉ tiêu")).toContain('scope="col"');
    expect(html(Th, { scope: "row" }, "GTSX")).toContain('scope="row"');
    const table = renderToStaticMarkup(
      createElement(TableCard, null, createElement(Table, null, createElement(TableHead, null, createElement("tr", null, createElement(Th, null, "a"))), createElement("tbody", null, createElement("tr", null, createElement(Td, { dense: true }, "1"))))),
    );
    expect(table).toMatch(/^<div class="rounded-lg bg-white shadow-sm overflow-x-auto"><table class="w-full border-collapse text-sm"><thead class="bg-slate-100">/);
    expect(table).toContain('<td class="border border-slate-300 px-2 py-1">1</td>');
  });

  it("make a dialog named by its title and closed until opened", () => {
    const dialog = html(Dialog, { open: false, onClose: () => {}, title: "Khóa tài khoản?" }, "Người này sẽ không đăng nhập được.");
    const labelledBy = /<dialog aria-labelledby="([^"]+)"/.exec(dialog)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(dialog).toContain(`<h2 id="${labelledBy}"`);
    expect(dialog).not.toMatch(/<dialog[^>]* open/);
  });

  it("make a white panel, padded as asked, laid out as a filter bar when asked", () => {
    expect(cardClass()).toBe("rounded-lg bg-white shadow-sm p-3");
    expect(cardClass({ padding: "none" })).not.toMatch(/\bp-\d/);
    expect(cardClass({ padding: "lg", bar: true, className: "no-print" })).toBe("rounded-lg bg-white shadow-sm p-6 flex flex-wrap items-end gap-3 no-print");
  });

  it("make a badge whose colour the caller gives", () => {
    expect(html(Badge, { className: "ring-red-700" }, "Chưa đạt")).toContain("ring-1 ring-red-700");
  });
});

describe("pages and components", () => {
  // The looks the primitives own, which nothing else may spell out again.
  const OWNED = [
    "bg-red-800 px-4 py-2", // the primary button
    "border border-red-800 px-3", // the secondary button
    "rounded border border-slate-400 px-", // an input or select
    "border border-slate-300 px-2 py-1.5", // a table cell
    "border border-slate-300 px-2 py-2 text-left", // a table's header cell
    "border border-slate-300 px-2 py-1 text-left", // a dense table's header cell
    "overflow-x-auto rounded-lg bg-white shadow-sm", // a table's card
    "rounded-lg bg-white p-", // a panel
    "rounded-lg bg-white shadow-sm", // a panel
    "rounded px-2 py-1 hover:underline", // a header bar's link or button
    "rounded bg-red-50 p-3 text-red-900", // a refusal's alert
    'className="text-xs text-red-800" data-testid="field-error"', // a field's error
  ];
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) return p.endsWith(path.join("components", "ui")) ? [] : files(p);
      return /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [p] : [];
    });

  it("take buttons, fields and tables from components/ui instead of repeating their classes", () => {
    const repeated = ["app", "components"].flatMap(files).flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      return OWNED.filter((look) => text.includes(look)).map((look) => `${file}: ${look}`);
    });
    expect(repeated).toEqual([]);
  });

  it("draw every control a person sees with a primitive (only hidden inputs are written raw)", () => {
    const raw = ["app", "components"].flatMap(files).flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      const controls = [...text.matchAll(/<(input|select|button|textarea)\b[^>]*/g)].map((m) => m[0]);
      const visible = controls.filter((c) => !/^<input\b[^>]*type="hidden"/.test(c));
      const fieldClassUse = /\bfieldClass\b/.test(text) ? ["fieldClass"] : [];
      return [...visible, ...fieldClassUse].map((c) => `${file}: ${c.slice(0, 40)}`);
    });
    expect(raw).toEqual([]);
  });
});
