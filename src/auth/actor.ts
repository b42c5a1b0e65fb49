import { Clearance, coversEverything, mayRead, Reader, visibleClassifications } from './clearance';
import { hasPermission, Permission } from './permissions';

/** Who is acting, as every service sees it: identity, roles, clearance and the request id. */
export class Actor implements Reader {
  readonly visible: readonly string[];
  /** The request's preferred languages (Accept-Language), for display names; best first. */
  languages: readonly string[] = [];

  constructor(
    readonly id: string,
    readonly email: string,
    readonly roles: readonly string[],
    readonly clearance: Clearance,
    readonly requestId: string | null = null,
  ) {
    this.visible = visibleClassifications(clearance);
  }

  /** True when clearance hides nothing, so queries can skip the filter. */
  get seesEverything(): boolean {
    return coversEverything(this.clearance);
  }

  can(permission: Permission): boolean {
    return hasPermission(this.roles, permission);
  }

  /** clearance.mayRead for this actor (the rule is there). */
  mayRead(classification: string | null | undefined): boolean {
    return mayRead(this, classification);
  }

  static readonly SYSTEM_ID = '00000000-0000-0000-0000-000000000000';

  /** The built-in actor for bootstrap and seeding; it cannot sign in. */
  static system(requestId: string | null = null): Actor {
    return new Actor(Actor.SYSTEM_ID, 'system@pacta.local', ['admin'], 'confidential', requestId);
  }
}
