"use client";

import { useState } from "react";

type Texts = {
  preparing: string;
  receiving: string;
  /** With "{file}" where the file name goes. */
  done: string;
  failed: string;
  progress: string;
};

type Status =
  | { phase: "idle" }
  | { phase: "preparing" }
  | { phase: "receiving"; received: number; total: number | null }
  | { phase: "done"; fileName: string }
  | { phase: "failed"; message: string };

function fileNameOf(disposition: string | null): string | null {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? null;
}

/**
 * A download link that says what it is doing. The server builds the whole file before it sends a
 * byte, so "preparing" is an honest indeterminate state; once bytes arrive the bar shows how far
 * (when the length is known). Without JavaScript the link simply downloads the file.
 */
export function MonitoringDownload({ href, label, texts }: { href: string; label: string; texts: Texts }) {
  const [status, setStatus] = useState<Status>({ phase: "idle" });
  const busy = status.phase === "preparing" || status.phase === "receiving";

  async function download(event: React.MouseEvent<HTMLAnchorElement>) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    if (busy) return;
    setStatus({ phase: "preparing" });
    try {
      const response = await fetch(href, { credentials: "same-origin" });
      if (!response.ok || !response.body) {
        setStatus({ phase: "failed", message: (await response.text()).trim() || texts.failed });
        return;
      }
      const total = Number(response.headers.get("Content-Length")) || null;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value as Uint8Array<ArrayBuffer>);
        received += value.byteLength;
        setStatus({ phase: "receiving", received, total });
      }
      const fileName = fileNameOf(response.headers.get("Content-Disposition")) ?? "download";
      const url = URL.createObjectURL(
        new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }),
      );
      const link = document.createElement("a");
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      // The browser has taken the file by then; the blob is only memory.
      window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
      setStatus({ phase: "done", fileName });
    } catch {
      setStatus({ phase: "failed", message: texts.failed });
    }
  }

  return (
    <div className="w-72">
      <a
        href={href}
        download
        onClick={download}
        aria-disabled={busy || undefined}
        className="inline-block rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50 aria-disabled:cursor-wait aria-disabled:opacity-70"
      >
        {label}
      </a>
      <div role="status" className="mt-1 min-h-6 text-sm break-words">
        {status.phase === "preparing" || status.phase === "receiving" ? (
          <span className="flex items-center gap-2">
            {status.phase === "preparing" ? texts.preparing : texts.receiving}
            <progress
              aria-label={texts.progress}
              value={status.phase === "receiving" && status.total ? status.received : undefined}
              max={status.phase === "receiving" && status.total ? status.total : undefined}
            />
          </span>
        ) : status.phase === "done" ? (
          texts.done.replace("{file}", status.fileName)
        ) : status.phase === "failed" ? (
          <span className="font-medium text-red-800">{status.message}</span>
        ) : null}
      </div>
    </div>
  );
}
