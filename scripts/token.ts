import { parseArgs } from 'node:util';
import { mintInternalAssertion, mintToken, ROLES, type Role } from '@pecg/common';

/**
 * `npm run token -- --role analyst [--enterprise ID] [--officer ID] [--department NAME] [--expires 8h]`;
 * with `--internal`: the gateway's internal assertion for that caller instead (valid 60 s; send it as
 * `x-pecg-caller: <token>` to call a subgraph directly, e.g. one started by `npm run dev`).
 */
const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'admin' },
    enterprise: { type: 'string' },
    officer: { type: 'string' },
    department: { type: 'string' },
    subject: { type: 'string' },
    name: { type: 'string' },
    expires: { type: 'string', default: '8h' },
    internal: { type: 'boolean', default: false },
  },
});
const role = String(values.role).toUpperCase() as Role;
if (!ROLES.includes(role)) {
  process.stderr.write(`--role must be one of ${ROLES.join(', ').toLowerCase()} (got "${values.role}")\n`);
  process.exit(1);
}
const minted = values.internal
  ? mintInternalAssertion({
      role,
      subject: values.subject ?? `${role.toLowerCase()}-user`,
      ...(values.name ? { name: values.name } : {}),
      ...(values.enterprise ? { enterpriseId: values.enterprise } : {}),
      ...(values.officer ? { officerId: values.officer } : {}),
      ...(values.department ? { department: values.department } : {}),
    }).then((assertion) => assertion.token)
  : mintToken({
      role,
      enterpriseId: values.enterprise,
      officerId: values.officer,
      department: values.department,
      subject: values.subject,
      name: values.name,
      expiresIn: values.expires,
    });
minted
  .then((token) => process.stdout.write(`${token}\n`))
  .catch((error) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
