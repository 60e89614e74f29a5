export function App() {
  return <main>Restorative Workbench</main>;
}
