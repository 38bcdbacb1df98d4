// Build step (run by tools/flow_charts.py): lay out flowcharts with Graphviz, from the
// npm package @viz-js/viz (Graphviz compiled to WebAssembly), under Node. Nothing is
// fetched. Reads a JSON list of DOT texts on stdin and writes a JSON list of SVG texts.
//   node tools/chart.mjs < dots.json > svgs.json
import { instance } from "@viz-js/viz";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const viz = await instance();
const svgs = JSON.parse(input).map((dot, index) => {
  const result = viz.render(dot, { format: "svg", engine: "dot" });
  if (result.status !== "success") {
    const errors = result.errors.map((e) => `${e.level}: ${e.message}`).join("\n");
    process.stderr.write(`chart ${index}: Graphviz could not lay it out:\n${errors}\n`);
    process.exit(1);
  }
  return result.output;
});
process.stdout.write(JSON.stringify(svgs));
