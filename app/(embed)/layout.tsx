/** Embeds are framed by other sites: no site navigation, just the content, sized to its frame. */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="p-3">
      {children}
    </main>
  );
}
