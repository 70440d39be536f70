/** What the popup and the side panel show on a page that does not look legal. */
export function NotLegalPanel({ onAnalyze }: { onAnalyze: () => void }) {
  return (
    <div class="cl-panel">
      <p>It may still contain terms worth reading; ClauseLens can try anyway.</p>
      <button type="button" class="cl-primary" data-testid="analyze-anyway" onClick={onAnalyze}>
        Analyze anyway
      </button>
    </div>
  );
}
