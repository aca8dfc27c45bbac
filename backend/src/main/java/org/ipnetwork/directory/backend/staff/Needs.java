package org.ipnetwork.directory.backend.staff;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a {@link StaffPrincipal} parameter: what the endpoint requires. Checked by {@link
 * StaffArgumentResolver} against {@link StaffAccess} before the method runs (403 otherwise).
 * Without it, any signed-in member is enough.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Needs {
  StaffPermission value();
}
