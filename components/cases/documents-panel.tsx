import { useTranslations } from "next-intl";
import { DocumentDeleteButton } from "@/components/cases/document-delete-button";
import { DocumentUploadForm } from "@/components/cases/document-upload-form";

type DocumentItem = {
  id: string;
  fileName: string;
  kind: string;
  sizeBytes: number;
  addedOn: string;
  /** A volunteer's letter on its way to review: not to be sent yet. */
  reviewStatus: "AWAITING_REVIEW" | "RETURNED" | "APPROVED" | null;
};

const MB = 1024 * 1024;

/** The dossier's documents: each opens through the audited document route, in a new tab. */
export function DocumentsPanel({
  caseId,
  closed,
  documents,
  submissionId,
}: {
  caseId: string;
  closed: boolean;
  documents: DocumentItem[];
  submissionId: string;
}) {
  const t = useTranslations("documents");
  const size = (bytes: number) =>
    bytes < MB ? t("sizeKb", { size: Math.max(1, Math.ceil(bytes / 1024)) }) : t("sizeMb", { size: bytes / MB });

  return (
    <>
      {documents.length === 0 ? (
        <p className="mb-4">{t("empty")}</p>
      ) : (
        <ul className="mb-4 space-y-3">
          {documents.map((document) => (
            <li key={document.id} className="rounded border border-slate-300 px-3 py-2">
              <a
                href={`/dossiers/${encodeURIComponent(caseId)}/documenten/${encodeURIComponent(document.id)}`}
                target="_blank"
                rel="noopener"
                className="font-medium break-all text-brand-800 underline hover:text-brand-700"
              >
                {document.fileName}
                <span className="sr-only"> {t("opensInNewTab")}</span>
              </a>
              {document.reviewStatus && document.reviewStatus !== "APPROVED" && (
                <p className="font-semibold text-red-800">{t(`review.${document.reviewStatus}`)}</p>
              )}
              <p className="text-sm text-slate-700">
                {t("details", {
                  kind: t(`kinds.${document.kind}`),
                  size: size(document.sizeBytes),
                  date: document.addedOn,
                })}
              </p>
              <DocumentDeleteButton caseId={caseId} documentId={document.id} fileName={document.fileName} />
            </li>
          ))}
        </ul>
      )}
      {closed ? (
        <p className="text-slate-700">{t("closed")}</p>
      ) : (
        <DocumentUploadForm caseId={caseId} submissionId={submissionId} />
      )}
    </>
  );
}
