/** The product's initial in a tile, beside its name; hidden from screen readers, who read the name. */
export function BrandMark() {
  return (
    <span className="brand-mark" aria-hidden="true">
      {INITIAL}
    </span>
  );
}

/** Praxis is Praxis in every language, and so is its initial. */
const INITIAL = 'P';
