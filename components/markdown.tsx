import ReactMarkdown from "react-markdown";

/**
 * Renders user-written Markdown safely: raw HTML is dropped (no <script>, no
 * event-handler attributes) and react-markdown's URL filter turns
 * `javascript:` links into nothing. Headings start at h3 inside a page.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="space-y-3 leading-relaxed [&_a]:text-brand-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_li]:ml-5 [&_ol]:list-decimal [&_ul]:list-disc">
      <ReactMarkdown
        skipHtml
        components={{
          h1: ({ children: c }) => <h3 className="text-lg font-semibold">{c}</h3>,
          h2: ({ children: c }) => <h3 className="text-lg font-semibold">{c}</h3>,
          h3: ({ children: c }) => <h4 className="font-semibold">{c}</h4>,
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
