import { ImageResponse } from "next/og";

// The preview a chat app or social site shows for a shared MockLoop link (a booking page, say).
export const alt = "MockLoop — practise TPM interviews with peers";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

export default function OpengraphImage() {
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "center",
        padding: 80,
        background: "#174ca8",
        color: "#ffffff",
      }}
    >
      <div style={{ fontSize: 96, fontWeight: 700 }}>MockLoop</div>
      <div style={{ fontSize: 48, marginTop: 24 }}>Practise TPM interviews with peers.</div>
      <div style={{ fontSize: 32, marginTop: 24, color: "#d9eaff" }}>
        Book a mock, get rubric-based feedback, watch your scores improve.
      </div>
    </div>,
    size,
  );
}
