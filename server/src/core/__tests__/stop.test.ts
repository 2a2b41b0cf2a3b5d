import { isStopReply } from '../stop';

describe('Given a reply to a campaign', () => {
  it.each([
    'STOP',
    'stop',
    ' Stop. ',
    'STOP SMS',
    'stop-sms',
    'ARRET',
    'arrêt !',
    'Arrêt',
    'DESABONNER',
    'désabonner',
    'UNSUBSCRIBE',
    '"stop"',
    'STOP\n',
  ])('When it reads %j, Then it is a STOP', (text) => expect(isStopReply(text)).toBe(true));

  it.each(['', 'Merci', 'arrêt de bus', 'STOP 36184 merci', 'stoppez', 'non stop', 'OK'])(
    'When it reads %j, Then it is kept as a reply, not a STOP',
    (text) => expect(isStopReply(text)).toBe(false)
  );
});
