/** Styles of the hosted page: one column, mobile first, nothing wider than the screen. */
export const PAY_PAGE_STYLES = `
*{box-sizing:border-box}
body{margin:0;background:#eef1f6;color:#1c2430;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
.checkout{max-width:26rem;margin:0 auto;padding:1rem;display:flex;flex-direction:column;gap:.9rem}
.brand{display:flex;align-items:center;justify-content:space-between}
.logo{font-weight:800;letter-spacing:.08em;color:#0b4fd6}
.badge{background:#ffe9a8;color:#5c4300;border-radius:999px;padding:.15rem .6rem;font-size:.78rem;font-weight:700}
section,details{background:#fff;border-radius:14px;padding:1rem;box-shadow:0 1px 3px rgba(16,24,40,.08);min-width:0}
.summary{text-align:center}
.merchant{margin:0;color:#4a5565;font-size:.95rem}
.amount{margin:.3rem 0;font-size:2.1rem;font-weight:800;white-space:nowrap}
.method{margin:0;font-weight:600}
.status{display:inline-block;margin:.6rem 0 0;padding:.2rem .7rem;border-radius:999px;font-size:.85rem;font-weight:700}
.status.open{background:#e8f0ff;color:#0b3fa8}.status.paid{background:#dcf5e4;color:#0d6630}.status.failed{background:#fde2e1;color:#a31d15}
.expiry{margin:.5rem 0 0;color:#4a5565;font-size:.9rem}
.expiry time{font-variant-numeric:tabular-nums;font-weight:700;color:#1c2430}
.notice{margin:.6rem 0 0;color:#a31d15;font-weight:600}
.pay-how{text-align:center}
.hint{margin:0 0 .6rem;color:#4a5565}
.qr svg{width:100%;max-width:240px;height:auto}
.va{margin:0;font-size:1.5rem;font-weight:800;letter-spacing:.08em;overflow-wrap:anywhere;font-variant-numeric:tabular-nums}
.payload code{display:block;margin-top:.4rem;font-size:.75rem;overflow-wrap:anywhere;word-break:break-all;text-align:left;color:#4a5565}
summary{cursor:pointer;font-weight:600}
dl{margin:.6rem 0 0;display:grid;grid-template-columns:auto 1fr;gap:.3rem .8rem}
dt{color:#4a5565;font-size:.85rem}dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.simulator{background:#fffbea;border:2px dashed #c99a00;box-shadow:none}
.simulator h2{margin:0;font-size:.95rem;text-transform:uppercase;letter-spacing:.05em;color:#5c4300}
.simulator p{margin:.3rem 0 .8rem;font-size:.9rem;color:#5c4300}
.sim-buttons{display:flex;gap:.6rem}.sim-buttons form{flex:1}
button{width:100%;font:inherit;font-weight:700;padding:.75rem;border-radius:10px;border:0;cursor:pointer}
.sim-pay{background:#0d7a3a;color:#fff}.sim-fail{background:#fff;color:#a31d15;border:2px solid #a31d15}
button:disabled{background:#c5cad3;color:#4a5565;cursor:not-allowed}
.back{text-align:center}.back a{color:#0b4fd6;font-weight:600}
footer{text-align:center;color:#5f6b7a;font-size:.8rem}
`;
