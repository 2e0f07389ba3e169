import type { Ctx } from '../../../core/context.ts';
import { AppError } from '../../../core/errors.ts';
import { fieldPath } from '../../../core/validation.ts';
import { OrgUpdateInput } from '../orgs/orgs.dto.ts';
import { getOrganization, updateOrganization } from '../orgs/orgs.service.ts';
import { PROFILE_CHANGE_FIELDS, type ProfileChanges } from './org-reports.dto.ts';

/** Only the fields a member may change, and only those actually sent. */
export function changedFields(changes: ProfileChanges | null): ProfileChanges {
  const out: Record<string, unknown> = {};
  for (const key of PROFILE_CHANGE_FIELDS) if (changes?.[key] !== undefined) out[key] = changes[key];
  return out as ProfileChanges;
}

const asProfileErrors = (fieldErrors: Record<string, string>) =>
  Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [`profileChanges.${k}`, v]));

/**
 * Applies a member's approved profile changes through the organisations service (its checks,
 * status history, search index and audit row). Refusals come back under `profileChanges.<field>`.
 */
export async function applyProfileChanges(ctx: Ctx, orgId: string, changes: ProfileChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  const org = await getOrganization(ctx, orgId);
  // The staff view carries every editable field; the input schema drops the rest.
  const parsed = OrgUpdateInput.safeParse({ ...org, ...changes, version: org.version });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[fieldPath(issue.path)] ??= issue.message;
    throw new AppError('VALIDATION', {
      message: 'Không áp dụng được thay đổi hồ sơ đề nghị; vui lòng trả lại để thành viên sửa.',
      fieldErrors: asProfileErrors(fieldErrors),
    });
  }
  try {
    await updateOrganization(ctx, orgId, parsed.data);
  } catch (err) {
    if (err instanceof AppError && err.code === 'VALIDATION' && err.fieldErrors) {
      throw new AppError('VALIDATION', {
        message: 'Không áp dụng được thay đổi hồ sơ đề nghị; vui lòng trả lại để thành viên sửa.',
        fieldErrors: asProfileErrors(err.fieldErrors),
      });
    }
    throw err;
  }
}
