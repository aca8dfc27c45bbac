package org.ipnetwork.directory.backend.staff;

import org.ipnetwork.directory.backend.context.Scope;
import org.ipnetwork.directory.staff.StaffRole;

/**
 * The signed-in staff member, as controllers receive it (a parameter of this type, with {@link
 * Needs} for what the endpoint requires). Read from the account at every request, so a changed role
 * or scope applies at once.
 *
 * @param email the account's email
 * @param name display name
 * @param role what the member may do ({@link StaffAccess})
 * @param scope the part of the directory the member works on; {@link Scope#NONE} for all
 */
public record StaffPrincipal(String email, String name, StaffRole role, Scope scope) {}
