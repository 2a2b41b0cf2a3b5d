import campaigns from './campaigns';
import credits from './credits';
import dashboard from './dashboard';
import providers from './providers';
import receipts from './receipts';
import settings from './settings';

const services = { campaigns, credits, dashboard, providers, receipts, settings };

export type Services = typeof services;
export default services;
