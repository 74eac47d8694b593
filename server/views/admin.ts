import "server-only";
import { listIndicators, type IndicatorListItem } from "@/db/queries/indicators";
import { getRegistryStatus, type RegistryStatus } from "@/db/queries/registry";
import { countUsers, listAccounts, type Account } from "@/db/queries/users";
import type { ViewContext } from "./context";

export type { Account, IndicatorListItem, RegistryStatus };

/** The accounts page: every account with the unit an editor works for. */
export function accountsView(ctx: ViewContext): Promise<Account[]> {
  return listAccounts(ctx.db);
}

/** The indicators page: every indicator in report order. */
export function indicatorsView(ctx: ViewContext): Promise<IndicatorListItem[]> {
  return listIndicators(ctx.db);
}

/** The registry page: how much of the post-2025 registry the database holds. */
export function registryView(ctx: ViewContext): Promise<RegistryStatus> {
  return getRegistryStatus(ctx.db);
}

/** Whether the installation has its first account yet: sign-in and setup turn on it. */
export async function hasAccounts(ctx: ViewContext): Promise<boolean> {
  return (await countUsers(ctx.db)) > 0;
}
