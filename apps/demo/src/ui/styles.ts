/** One stylesheet for every page: product look, responsive, WCAG AA contrast. */
export const STYLES = `
*{box-sizing:border-box}
:root{--ink:#17202c;--muted:#4b5565;--line:#dde2ea;--bg:#f4f6fa;--card:#fff;--brand:#0b4fd6;--brand-ink:#fff;
--ok:#0c6b33;--ok-bg:#dcf5e4;--bad:#a61b13;--bad-bg:#fde3e1;--warn:#6b4a00;--warn-bg:#fff0c2;--info:#0b3fa8;--info-bg:#e6eeff}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:var(--brand)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.4rem;z-index:9}
header.top{background:#0f1b2d;color:#fff}
.top-inner{max-width:72rem;margin:0 auto;padding:.7rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem}
.logo{font-weight:800;color:#fff;text-decoration:none;font-size:1.05rem}.logo span{color:#8fb3ff}
nav{flex:1 1 auto;display:flex;justify-content:flex-end}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem}
nav a{display:block;color:#d5def0;text-decoration:none;padding:.35rem .55rem;border-radius:8px;font-weight:600;font-size:.92rem}
nav a:hover,nav a:focus{background:#22324d;color:#fff}nav a[aria-current=page]{background:#fff;color:#0f1b2d}
.env{font-size:.8rem;background:#ffe9a8;color:#5c4300;border-radius:999px;padding:.15rem .6rem;font-weight:700}
main{max-width:72rem;margin:0 auto;padding:1.2rem 1rem 3rem}
h1{font-size:1.55rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:0 0 .8rem}
.lead{color:var(--muted);margin:-.6rem 0 1.2rem}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(17rem,1fr))}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:1.1rem;min-width:0}
.stack>*+*{margin-top:1rem}
.field{display:flex;flex-direction:column;gap:.25rem;margin-bottom:.85rem}
.field label,.legend{font-weight:600;font-size:.9rem}
.hint{color:var(--muted);font-size:.82rem}
input,select,textarea{font:inherit;padding:.55rem .65rem;border:1px solid #aab3c2;border-radius:8px;background:#fff;color:var(--ink);width:100%}
input[type=radio]{width:auto}
input:focus,select:focus,textarea:focus,button:focus,a:focus{outline:3px solid #8fb3ff;outline-offset:1px}
[aria-invalid=true]{border-color:var(--bad);background:#fffafa}
.error{color:var(--bad);font-size:.85rem;font-weight:600}
.row{display:flex;flex-wrap:wrap;gap:.8rem}.row>.field{flex:1 1 12rem}
.btn{display:inline-block;font:inherit;font-weight:700;border:0;border-radius:8px;padding:.6rem 1rem;background:var(--brand);color:var(--brand-ink);cursor:pointer;text-decoration:none}
.btn.secondary{background:#fff;color:var(--brand);border:1px solid var(--brand)}
.btn.danger{background:var(--bad)}
.btn:disabled{background:#c5cad3;color:#3d4654;cursor:not-allowed}
.segmented{display:flex;flex-wrap:wrap;gap:.4rem;margin-bottom:1rem}
.segmented a{padding:.45rem .9rem;border:1px solid var(--line);border-radius:999px;text-decoration:none;color:var(--ink);background:#fff;font-weight:600}
.segmented a[aria-current=true]{background:var(--brand);border-color:var(--brand);color:#fff}
.methods{display:grid;gap:.4rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,9.5rem),1fr));border:0;padding:0;margin:0 0 .9rem}
.methods legend{margin-bottom:.4rem}
.method{display:flex;gap:.55rem;align-items:center;border:1px solid var(--line);border-radius:10px;padding:.55rem .7rem;background:#fff;cursor:pointer}
.method:has(input:checked){border-color:var(--brand);box-shadow:0 0 0 1px var(--brand)}
.method small{display:block;color:var(--muted)}
.table-wrap{overflow-x:auto;border:1px solid var(--line);border-radius:12px;background:#fff}
table{border-collapse:collapse;width:100%;font-size:.92rem}
th,td{text-align:left;padding:.55rem .75rem;border-bottom:1px solid var(--line);white-space:nowrap}
th{background:#f8fafc;color:var(--muted);font-size:.8rem;text-transform:uppercase;letter-spacing:.03em}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr:last-child td{border-bottom:0}
.badge{display:inline-block;padding:.1rem .55rem;border-radius:999px;font-size:.8rem;font-weight:700;background:var(--info-bg);color:var(--info)}
.badge.succeeded,.badge.handled,.badge.ok{background:var(--ok-bg);color:var(--ok)}
.badge.failed,.badge.rejected,.badge.error{background:var(--bad-bg);color:var(--bad)}
.badge.duplicate,.badge.stale,.badge.partially_paid,.badge.overpaid,.badge.requires_review,.badge.refunded{background:var(--warn-bg);color:var(--warn)}
.empty{text-align:center;padding:2rem 1rem;color:var(--muted)}
.empty strong{display:block;color:var(--ink);font-size:1.05rem;margin-bottom:.3rem}
.alert{border-radius:10px;padding:.75rem 1rem;margin-bottom:1rem;font-weight:600}
.alert.bad{background:var(--bad-bg);color:var(--bad)}.alert.ok{background:var(--ok-bg);color:var(--ok)}.alert.info{background:var(--info-bg);color:var(--info)}
dl.facts{display:grid;grid-template-columns:minmax(8rem,auto) 1fr;gap:.35rem 1rem;margin:0}
dl.facts dt{color:var(--muted)}dl.facts dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.amount-big{font-size:1.9rem;font-weight:800;margin:.2rem 0}
.qr img,.qr svg{width:100%;max-width:220px;height:auto;display:block}
.va-number{font-size:1.5rem;font-weight:800;letter-spacing:.06em;overflow-wrap:anywhere}
.timeline{list-style:none;margin:0;padding:0}
.timeline li{padding:.45rem 0;border-bottom:1px dashed var(--line)}.timeline li:last-child{border:0}
.timeline time,.muted{color:var(--muted);font-size:.82rem}
.progress{height:1rem;background:#e3e8f0;border-radius:999px;overflow:hidden}
.progress>div{height:100%;background:var(--ok);width:0;transition:width .2s}
.filters{display:flex;flex-wrap:wrap;gap:.6rem;align-items:flex-end;margin-bottom:1rem}
.filters .field{margin:0;flex:1 1 10rem}
.pager{display:flex;gap:.6rem;align-items:center;margin-top:.8rem}
.live{font-size:.8rem;color:var(--muted)}
code{font-size:.85rem;overflow-wrap:anywhere}
@media (max-width:40rem){h1{font-size:1.3rem}nav{justify-content:flex-start}.method{padding:.45rem .55rem;font-size:.9rem}}
`;
