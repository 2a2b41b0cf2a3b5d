import admin from './admin';
import webhooks from './webhooks';

export default { admin, webhooks };
