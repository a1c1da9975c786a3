// @podlens/parser/markdown-yaml: the reader of Markdown with a YAML transcript, for a parser of
// @podlens/parser/core (`createParser([markdownYaml])`); it brings the `yaml` library with it.
export { markdownYaml } from '../formats/markdown-yaml.js';
