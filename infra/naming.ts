/** Construct and resource names derived from the topology's ids. */
export function pascal(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

export function kebab(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
}
