/** What the router hands every page: the route segments after the page name. */
export interface PageProps {
  params: string[];
}
