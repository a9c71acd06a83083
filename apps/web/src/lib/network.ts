import {
  DEFAULT_ACCENT_COLOUR,
  DEFAULT_NETWORK_NAME,
  type NetworkIdentity,
} from '@praxis/contracts/settings';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { apiRequest } from './api-client.ts';

// The network's name, colour and logo are shared plumbing: the shell, the sign-in pages and
// every page's title show them.

const FALLBACK: NetworkIdentity = {
  name: DEFAULT_NETWORK_NAME,
  accentColour: DEFAULT_ACCENT_COLOUR,
  logoUrl: null,
};

export const networkQueryOptions = () =>
  queryOptions({
    queryKey: ['network'],
    queryFn: () => apiRequest<NetworkIdentity>('GET', '/api/network'),
    staleTime: 5 * 60 * 1000,
  });

/** The network as its pages show it; Praxis's own until the answer arrives. */
export function useNetwork(): NetworkIdentity {
  return useQuery(networkQueryOptions()).data ?? FALLBACK;
}

/** `#rrggbb` darkened by a quarter, for hovers and text on light tints. */
function darker(hex: string): string {
  const channels = [1, 3, 5].map((at) =>
    Math.round(Number.parseInt(hex.slice(at, at + 2), 16) * 0.75),
  );
  return `#${channels.map((value) => value.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Colours the pages with the network's accent. Set through the CSSOM, which the
 * Content-Security-Policy allows, where an inline style would be refused.
 */
export function useNetworkAppearance() {
  const { accentColour } = useNetwork();
  useEffect(() => {
    const root = document.documentElement.style;
    if (accentColour === DEFAULT_ACCENT_COLOUR) {
      root.removeProperty('--brand');
      root.removeProperty('--brand-dark');
    } else {
      root.setProperty('--brand', accentColour);
      root.setProperty('--brand-dark', darker(accentColour));
    }
    document.querySelector('meta[name="theme-color"]')?.setAttribute('content', accentColour);
  }, [accentColour]);
}
