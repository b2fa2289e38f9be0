import { parseArgs } from 'node:util';
import { mintToken, ROLES, type Role } from '@pecg/common';

/** `npm run token -- --role analyst [--enterprise ID] [--officer ID] [--department NAME] [--expires 8h]` */
const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'admin' },
    enterprise: { type: 'string' },
    officer: { type: 'string' },
    department: { type: 'string' },
    subject: { type: 'string' },
    name: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
const role = String(values.role).toUpperCase() as Role;
if (!ROLES.includes(role)) {
  process.stderr.write(`--role must be one of ${ROLES.join(', ').toLowerCase()} (got "${values.role}")\n`);
  process.exit(1);
}
mintToken({
  role,
  enterpriseId: values.enterprise,
  officerId: values.officer,
  department: values.department,
  subject: values.subject,
  name: values.name,
  expiresIn: values.expires,
})
  .then((token) => process.stdout.write(`${token}\n`))
  .catch((error) => {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  });
