// Danish words of the follow-up dashboard (the tab is Danish; the API's names are the keys).

export const METRICS = {
  participants: 'Deltagere',
  new_participants: 'Nye deltagere',
  ambassadors: 'Ambassadører',
  conversations: 'Samtaler',
  new_activities: 'Nye aktiviteter',
  activities_in_each_place: 'Fokussteder med aktivitet',
  health_spots: 'Sundhedspunkter',
};

export const KINDS = {
  activity: 'Aktivitet',
  course: 'Forløb',
  health_spot: 'Sundhedspunkt (åbningstid)',
  walk: 'Gåtur',
  conversation_service: 'Samtaletilbud',
  event: 'Arrangement',
};

export const KIND_COLOURS = {
  activity: '#2b6cb0', course: '#6b46c1', health_spot: '#c53030', walk: '#2f855a', conversation_service: '#b7791f', event: '#dd6b20',
};

export const STATUS = { ahead: 'foran', on_track: 'på sporet', behind: 'bagud' };

export const FIELDS = {
  date: 'Dato', month: 'Måned', participants: 'Deltagere', newParticipants: 'Nye deltagere', ambassadors: 'Ambassadører',
  contacts: 'Kontakter', activityId: 'Aktivitet',
};
