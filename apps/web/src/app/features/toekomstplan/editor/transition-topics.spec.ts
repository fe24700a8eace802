import { TRANSITION_TOPIC_LABELS } from '@sluitend/domain';
import nl from '../../../../../public/i18n/nl.json';

describe('transition topic labels', () => {
  it('are in Dutch exactly what the domain (and so the PDF) calls them', () => {
    expect(nl.plan.transition.topic).toEqual(TRANSITION_TOPIC_LABELS);
  });
});
