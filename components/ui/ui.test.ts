import fs from "node:fs";
import path from "node:path";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Badge } from "./badge";
import { Button, buttonClass } from "./button";
import { Dialog } from "./dialog";
import { Input } from "./input";
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
  });

  it("keep a label's association and the caller's attributes on fields", () => {
    const input = html(Input, { id: "q", name: "q", numeric: true, "aria-invalid": true });
    expect(input).toContain('id="q"');
    expect(input).toContain('aria-invalid="true"');
    expect(input).toContain("text-right tabular-nums");
    expect(input).toContain("focus:outline-red-700");
    expect(html(Select, { name: "period", size: "md" })).toContain("bg-white");
  });

  it("give header cells a scope, a column's unless told otherwise", () => {
    expect(html(Th, {}, "Chỉ tiêu")).toContain('scope="col"');
    expect(html(Th, { scope: "row" }, "GTSX")).toContain('scope="row"');
    const table = renderToStaticMarkup(
      createElement(TableCard, null, createElement(Table, null, createElement(TableHead, null, createElement("tr", null, createElement(Th, null, "a"))), createElement("tbody", null, createElement("tr", null, createElement(Td, { dense: true }, "1"))))),
    );
    expect(table).toMatch(/^<div class="overflow-x-auto[^"]*"><table class="w-full border-collapse text-sm"><thead class="bg-slate-100">/);
    expect(table).toContain('<td class="border border-slate-300 px-2 py-1">1</td>');
  });

  it("make a dialog named by its title and closed until opened", () => {
    const dialog = html(Dialog, { open: false, onClose: () => {}, title: "Khóa tài khoản?" }, "Người này sẽ không đăng nhập được.");
    const labelledBy = /<dialog aria-labelledby="([^"]+)"/.exec(dialog)?.[1];
    expect(labelledBy).toBeTruthy();
    expect(dialog).toContain(`<h2 id="${labelledBy}"`);
    expect(dialog).not.toMatch(/<dialog[^>]* open/);
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
});
