export function PageHeading({ title, note }: { title: string; note?: string }) {
  return (
    <header className="page-heading">
      <h1>{title}</h1>
      {note ? <p className="page-note">{note}</p> : null}
    </header>
  );
}
