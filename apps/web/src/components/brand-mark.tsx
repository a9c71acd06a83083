import { useNetwork } from '../lib/network.ts';

/**
 * The network's logo, or its initial in a tile, beside its name; hidden from screen readers,
 * who read the name.
 */
export function BrandMark() {
  const { name, logoUrl } = useNetwork();
  if (logoUrl) return <img className="brand-logo" src={logoUrl} alt="" aria-hidden="true" />;
  return (
    <span className="brand-mark" aria-hidden="true">
      {Array.from(name)[0]?.toLocaleUpperCase() ?? ''}
    </span>
  );
}

/** The network's name, as the header and the sign-in pages show it. */
export function NetworkName() {
  return <>{useNetwork().name}</>;
}
