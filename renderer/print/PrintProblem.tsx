/**
 * What a print document shows when it cannot print (unknown sitting, invalid date or year). It is
 * marked data-print-failed, so the desktop app reports an error instead of saving this as a PDF
 * (shared/print/printReadiness.ts).
 */
export function PrintProblem({ message }: { message: string }) {
  return (
    <p role="alert" className="print-page" data-print-failed="true">
      {message}
    </p>
  );
}
