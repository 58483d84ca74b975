/**
 * Hostile strings for every text field the API returns. Each payload that could run script
 * sets `window.__pwned` (a trap the tests check), and every one carries "PWN" so an injected
 * element or attribute is easy to find. Sources: the OWASP XSS filter evasion cheat sheet and
 * PortSwigger's XSS cheat sheet, reduced to what matters for templates that render text.
 */
export const XSS_CORPUS: readonly string[] = [
  // Script tags
  '<script>window.__pwned=1</script>PWN',
  '<SCRIPT>window.__pwned=1</SCRIPT>PWN',
  '<script src="data:text/javascript,window.__pwned=1"></script>PWN',
  '<scr<script>ipt>window.__pwned=1</scr</script>ipt>PWN',
  '"><script>window.__pwned=1</script>PWN',
  "'><script>window.__pwned=1</script>PWN",
  '</script><script>window.__pwned=1</script>PWN',
  '</title><script>window.__pwned=1</script>PWN',
  '</textarea><script>window.__pwned=1</script>PWN',
  '<!--<script>window.__pwned=1</script>-->PWN',
  // Event-handler attributes
  '<img src=x onerror="window.__pwned=1">PWN',
  '<IMG SRC=x ONERROR=window.__pwned=1>PWN',
  '<img src=x onerror=window.__pwned=1//PWN',
  '<body onload="window.__pwned=1">PWN',
  '<div onmouseover="window.__pwned=1">PWN</div>',
  '<input autofocus onfocus="window.__pwned=1">PWN',
  '<details open ontoggle="window.__pwned=1">PWN',
  '<video><source onerror="window.__pwned=1"></video>PWN',
  '<audio src=x onerror="window.__pwned=1">PWN',
  '<marquee onstart="window.__pwned=1">PWN</marquee>',
  '" onmouseover="window.__pwned=1" x="PWN',
  "' onfocus='window.__pwned=1' autofocus x='PWN",
  '" autofocus onfocus="window.__pwned=1" data-x="PWN',
  // javascript: and data: URLs
  'javascript:window.__pwned=1//PWN',
  'JaVaScRiPt:window.__pwned=1//PWN',
  ' javascript:window.__pwned=1//PWN',
  'java\tscript:window.__pwned=1//PWN',
  '&#106;avascript:window.__pwned=1//PWN',
  '<a href="javascript:window.__pwned=1">PWN</a>',
  '<iframe src="javascript:window.__pwned=1">PWN</iframe>',
  'data:text/html,<script>window.__pwned=1</script>PWN',
  '<object data="javascript:window.__pwned=1">PWN</object>',
  '<embed src="javascript:window.__pwned=1">PWN',
  '<form action="javascript:window.__pwned=1"><button>PWN</button></form>',
  // SVG and MathML
  '<svg onload="window.__pwned=1">PWN</svg>',
  '<svg><script>window.__pwned=1</script>PWN</svg>',
  '<svg><animate onbegin="window.__pwned=1" attributeName=x dur=1s>PWN',
  '<svg><a xlink:href="javascript:window.__pwned=1"><text>PWN</text></a></svg>',
  '<math><mtext><img src=x onerror="window.__pwned=1">PWN</mtext></math>',
  // Broken and nested markup
  '<img src="x" onerror="window.__pwned=1"PWN',
  '<<img src=x onerror=window.__pwned=1>>PWN',
  '<img/src=x/onerror=window.__pwned=1>PWN',
  '<b>PWN<i>unclosed',
  '</div></article></section><img src=x onerror="window.__pwned=1">PWN',
  '<style>*{display:none}</style>PWN',
  '<template><img src=x onerror="window.__pwned=1"></template>PWN',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">PWN',
  '<slot name="x">PWN</slot>',
  // Template literals, Lit and JSON tricks
  '${window.__pwned=1}PWN',
  '`${window.__pwned=1}`PWN',
  '{{constructor.constructor("window.__pwned=1")()}}PWN',
  '<!--?lit$123$-->PWN',
  '"},"__proto__":{"pwned":1},"x":"PWN',
  '</script><script type="application/ld+json">{}</script>PWN',
  // CSS expressions
  '<div style="background:url(javascript:window.__pwned=1)">PWN</div>',
  '<div style="width:expression(window.__pwned=1)">PWN</div>',
  '<link rel="stylesheet" href="javascript:window.__pwned=1">PWN',
  // Unicode and encoding tricks
  '\\u003cimg src=x onerror="window.__pwned=1"\\u003ePWN',
  '&lt;img src=x onerror="window.__pwned=1"&gt;PWN',
  '%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3EPWN',
  'PWN \u202eNWP\u202c right-to-left override',
  'PWN\u200b\u200c\u200d\ufeff zero-width',
  '\uff1cimg src=x onerror=window.__pwned=1\uff1ePWN',
  'PWN \ud83d\udca5 emoji and \u0000 nul',
  'PWN\r\nX-Injected: header\r\nBEGIN:VEVENT',
];

/** Whether a string contains the marker of the corpus (all payloads do). */
export const MARKER = 'PWN';
