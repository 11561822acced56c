// js-yaml comes with electron-builder (which reads electron-builder.yml with it); the package test
// reads the same file with it. Only the one function the test uses is declared.
declare module 'js-yaml' {
  export function load(text: string): unknown;
  const yaml: { load: typeof load };
  export default yaml;
}
