import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown } from "./markdown";

const render = (md: string) => renderToStaticMarkup(<Markdown>{md}</Markdown>);

describe("Markdown", () => {
  it("renders ordinary Markdown", () => {
    const html = render("## Strong answer\n\n- scope first\n- **then** design");
    expect(html).toContain("<h3");
    expect(html).toContain("<li>scope first</li>");
    expect(html).toContain("<strong>then</strong>");
  });

  it("drops script tags and event-handler attributes", () => {
    const html = render(
      'Hello <script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n<a href="#" onclick="steal()">x</a>',
    );
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/onerror|onclick/i);
    expect(html).not.toContain("<img");
  });

  it("neutralises javascript: links", () => {
    const html = render("[click me](javascript:alert(1))");
    expect(html).not.toContain("javascript:");
  });
});
