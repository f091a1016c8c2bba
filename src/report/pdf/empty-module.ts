// Stands in for jsPDF's optional html2canvas, dompurify and canvg (see vite.config.ts): the report
// never calls doc.html() or draws SVG, so they are kept out of the bundle entirely.
export default {};
