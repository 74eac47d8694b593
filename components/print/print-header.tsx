// Tinos (metric-compatible with Times New Roman, SIL OFL), served with the app: no download at run time.
import "@fontsource/tinos/400.css";
import "@fontsource/tinos/700.css";
import "@fontsource/tinos/400-italic.css";
import "@fontsource/tinos/700-italic.css";
import type { OfficialDocument } from "@/server/views/document";

/**
 * The letterhead of an administrative document (Nghị định 30/2020/NĐ-CP): issuing body under its
 * parent and the number on the left; quốc hiệu, tiêu ngữ, place and date on the right; then the
 * document type, its trích yếu and the table's title. Always in Vietnamese, as the document is sent.
 */
export function PrintHeader({ document }: { document: OfficialDocument }) {
  const { frame, labels, summary, tableTitle } = document;
  const parents = frame.issuers.slice(0, -1);
  const issuer = frame.issuers.at(-1)!;
  return (
    <header className="keep-together mb-4 space-y-3" lang="vi">
      <div className="letterhead">
        <div className="text-center" data-testid="print-issuer">
          {parents.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <p className="font-bold">{issuer}</p>
          <hr className="rule" />
          <p data-testid="print-number">{frame.numberLine}</p>
        </div>
        <div className="text-center">
          <p className="font-bold">{labels.nation}</p>
          <p className="motto font-bold">{labels.motto}</p>
          <hr className="rule wide" />
          <p className="italic" data-testid="print-date">
            {frame.placeAndDate}
          </p>
        </div>
      </div>
      <div className="text-center">
        <h1 className="font-bold">{labels.documentType}</h1>
        <p className="font-bold">{summary}</p>
        <p className="mt-2 font-bold" data-testid="print-table-title">
          {tableTitle}
        </p>
      </div>
    </header>
  );
}

/** Under the table: the decisions the plans come from, recipients, the signer's block and the preparer. */
export function PrintFooter({ document }: { document: OfficialDocument }) {
  const { frame, labels } = document;
  const s = frame.signature;
  return (
    <footer className="mt-4 space-y-4" lang="vi">
      {frame.legalBases.length > 0 && (
        <section className="keep-together" data-testid="print-bases">
          <p className="italic">{labels.bases}</p>
          {frame.legalBases.map((b) => (
            <p key={b} className="italic">
              {b}
            </p>
          ))}
        </section>
      )}
      <div className="signature keep-together">
        <div data-testid="print-recipients">
          <p className="recipients-heading font-bold italic">{labels.recipientsHeading}</p>
          <ul className="recipients">
            {s.recipients.map((r) => (
              <li key={r}>- {r}</li>
            ))}
          </ul>
          <p className="mt-6 font-bold">{labels.preparerHeading}</p>
          <p className="sign-space text-sm italic">{labels.signSpace}</p>
          <p className="font-bold" data-testid="print-preparer">
            {s.preparer}
          </p>
        </div>
        <div className="text-center" data-testid="print-signer">
          <p className="font-bold">{s.authority}</p>
          {s.deputy && <p className="font-bold">{s.deputy}</p>}
          <p className="font-bold">{s.signerTitle}</p>
          <p className="sign-space" aria-hidden="true" />
          <p className="font-bold">{s.signerName}</p>
        </div>
      </div>
    </footer>
  );
}
