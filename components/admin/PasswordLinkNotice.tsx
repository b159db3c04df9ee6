"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/Button";
import { LocalTime } from "@/components/ui/LocalTime";

/**
 * A set-password link just issued: mailed to the person (`url` null), or, when Factdesk sends no mail, shown once
 * for the admin to copy and pass on. The link works once, for 24 hours; a newer link replaces it.
 */
export function PasswordLinkNotice({ link }: { link: { email: string; url: string | null; expiresAt: string } }) {
  const t = useTranslations("admin.passwordLink");
  const [copied, setCopied] = useState(false);
  // The invitation form and a row of the table can each show a notice for the same email: ids must differ.
  const fieldId = useId();
  const url = link.url;
  const parts = {
    email: link.email,
    strong: (words: React.ReactNode) => <strong>{words}</strong>,
    until: () => <LocalTime iso={link.expiresAt} />,
  };
  if (url === null) {
    return (
      <p role="status" className="rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-950">
        {t.rich("mailed", {
          ...parts,
          outbox: (words) => (
            <a href="/admin/outbox" className="underline">
              {words}
            </a>
          ),
        })}
      </p>
    );
  }
  return (
    <div role="status" className="flex flex-col gap-2 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-950">
      <p>{t.rich("shown", parts)}</p>
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={fieldId} className="sr-only">
          {t("fieldLabel", { email: link.email })}
        </label>
        <input
          id={fieldId}
          readOnly
          value={url}
          dir="ltr"
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-stone-300 bg-white px-2 py-1 font-mono text-xs text-stone-900"
        />
        <Button
          type="button"
          variant="secondary"
          onClick={() => navigator.clipboard?.writeText(url).then(() => setCopied(true), () => setCopied(false))}
        >
          {copied ? t("copied") : t("copy")}
        </Button>
      </div>
    </div>
  );
}
