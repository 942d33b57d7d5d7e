/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "tandem-supervision-session"

#include "config.h"

#include <glib/gi18n.h>

#include "tandem-date.h"
#include "tandem-enums.h"
#include "tandem-supervision-session.h"

/* One supervision session: who led it, when, how long, its notes, and its parts: the members
 * supervised (each with a wellbeing check), the cases discussed and the actions agreed. The
 * parts are not properties, so a form edits the session's own fields and the parts have
 * widgets of their own; tandem_supervision_session_dup() copies them all. */
struct _TandemSupervisionSession
{
  TandemRecord parent_instance;

  TandemSupervisionKind kind;
  gint64 supervisor_id;
  char *held_on;
  int duration_minutes;
  char *notes;

  GPtrArray *members;   /* TandemSupervisionMember */
  GPtrArray *cases;     /* TandemSupervisionCase */
  GPtrArray *actions;   /* TandemAgreedAction */
};

G_DEFINE_FINAL_TYPE (TandemSupervisionSession, tandem_supervision_session, TANDEM_TYPE_RECORD)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SUPERVISOR_ID,
  PROP_HELD_ON,
  PROP_DURATION_MINUTES,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
tandem_supervision_session_finalize (GObject *object)
{
  TandemSupervisionSession *self = (TandemSupervisionSession *) object;

  g_clear_pointer (&self->held_on, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->members, g_ptr_array_unref);
  g_clear_pointer (&self->cases, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);

  G_OBJECT_CLASS (tandem_supervision_session_parent_class)->finalize (object);
}

static void
tandem_supervision_session_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  TandemSupervisionSession *self = TANDEM_SUPERVISION_SESSION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SUPERVISOR_ID:
      g_value_set_int64 (value, self->supervisor_id);
      break;

    case PROP_HELD_ON:
      g_value_set_string (value, self->held_on);
      break;

    case PROP_DURATION_MINUTES:
      g_value_set_int (value, self->duration_minutes);
      break;

    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_supervision_session_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  TandemSupervisionSession *self = TANDEM_SUPERVISION_SESSION (object);

  switch (prop_id)
    {
    case PROP_KIND:
      tandem_supervision_session_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_SUPERVISOR_ID:
      tandem_supervision_session_set_supervisor_id (self, g_value_get_int64 (value));
      break;

    case PROP_HELD_ON:
      tandem_supervision_session_set_held_on (self, g_value_get_string (value));
      break;

    case PROP_DURATION_MINUTES:
      tandem_supervision_session_set_duration_minutes (self, g_value_get_int (value));
      break;

    case PROP_NOTES:
      tandem_supervision_session_set_notes (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
tandem_supervision_session_class_init (TandemSupervisionSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = tandem_supervision_session_finalize;
  object_class->get_property = tandem_supervision_session_get_property;
  object_class->set_property = tandem_supervision_session_set_property;

  /* Line management, clinical, coaching, group or peer supervision. */
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       TANDEM_TYPE_SUPERVISION_KIND,
                       TANDEM_SUPERVISION_LINE_MANAGEMENT,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* Who led it; 0 for a peer session nobody led. */
  properties[PROP_SUPERVISOR_ID] =
    g_param_spec_int64 ("supervisor-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* When, YYYY-MM-DD. */
  properties[PROP_HELD_ON] =
    g_param_spec_string ("held-on", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How long, in minutes. */
  properties[PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL,
                      0, G_MAXINT, 60,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* What was talked about; confidential to the session's readers. */
  properties[PROP_NOTES] =
    g_param_spec_string ("notes", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
tandem_supervision_session_init (TandemSupervisionSession *self)
{
  self->duration_minutes = 60;
  self->members = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_supervision_member_free);
  self->cases = g_ptr_array_new_with_free_func ((GDestroyNotify) tandem_supervision_case_free);
  self->actions = g_ptr_array_new_with_free_func (g_object_unref);
}

TandemSupervisionSession *
tandem_supervision_session_new (void)
{
  return g_object_new (TANDEM_TYPE_SUPERVISION_SESSION, NULL);
}

/**
 * tandem_supervision_session_dup:
 *
 * Returns: (transfer full): a deep copy: the session's fields and copies of its members,
 *   cases and actions
 */
TandemSupervisionSession *
tandem_supervision_session_dup (TandemSupervisionSession *self)
{
  TandemSupervisionSession *copy;

  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), NULL);

  copy = tandem_record_copy (self);
  for (guint i = 0; i < self->members->len; i++)
    g_ptr_array_add (copy->members,
                     tandem_supervision_member_copy (g_ptr_array_index (self->members, i)));
  for (guint i = 0; i < self->cases->len; i++)
    g_ptr_array_add (copy->cases,
                     tandem_supervision_case_copy (g_ptr_array_index (self->cases, i)));
  for (guint i = 0; i < self->actions->len; i++)
    g_ptr_array_add (copy->actions, tandem_record_copy (g_ptr_array_index (self->actions, i)));

  return copy;
}

TandemSupervisionKind
tandem_supervision_session_get_kind (TandemSupervisionSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), 0);

  return self->kind;
}

void
tandem_supervision_session_set_kind (TandemSupervisionSession *self,
                                     TandemSupervisionKind     kind)
{
  g_return_if_fail (TANDEM_IS_SUPERVISION_SESSION (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

gint64
tandem_supervision_session_get_supervisor_id (TandemSupervisionSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), 0);

  return self->supervisor_id;
}

void
tandem_supervision_session_set_supervisor_id (TandemSupervisionSession *self,
                                              gint64                    supervisor_id)
{
  g_return_if_fail (TANDEM_IS_SUPERVISION_SESSION (self));

  if (self->supervisor_id == supervisor_id)
    return;

  self->supervisor_id = supervisor_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUPERVISOR_ID]);
}

const char *
tandem_supervision_session_get_held_on (TandemSupervisionSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), NULL);

  return self->held_on ? self->held_on : "";
}

void
tandem_supervision_session_set_held_on (TandemSupervisionSession *self,
                                        const char               *held_on)
{
  g_return_if_fail (TANDEM_IS_SUPERVISION_SESSION (self));

  if (g_strcmp0 (self->held_on, held_on) == 0)
    return;

  g_free (self->held_on);
  self->held_on = g_strdup (held_on);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELD_ON]);
}

int
tandem_supervision_session_get_duration_minutes (TandemSupervisionSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), 0);

  return self->duration_minutes;
}

void
tandem_supervision_session_set_duration_minutes (TandemSupervisionSession *self,
                                                 int                       minutes)
{
  g_return_if_fail (TANDEM_IS_SUPERVISION_SESSION (self));

  if (self->duration_minutes == minutes)
    return;

  self->duration_minutes = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION_MINUTES]);
}

const char *
tandem_supervision_session_get_notes (TandemSupervisionSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), NULL);

  return self->notes ? self->notes : "";
}

void
tandem_supervision_session_set_notes (TandemSupervisionSession *self,
                                      const char               *notes)
{
  g_return_if_fail (TANDEM_IS_SUPERVISION_SESSION (self));

  if (g_strcmp0 (self->notes, notes) == 0)
    return;

  g_free (self->notes);
  self->notes = g_strdup (notes);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTES]);
}

/**
 * tandem_supervision_session_get_members:
 *
 * Returns: (transfer none) (element-type TandemSupervisionMember): the members supervised,
 *   for the caller to read and change
 */
GPtrArray *
tandem_supervision_session_get_members (TandemSupervisionSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), NULL);

  return self->members;
}

/**
 * tandem_supervision_session_get_cases:
 *
 * Returns: (transfer none) (element-type TandemSupervisionCase): the cases discussed
 */
GPtrArray *
tandem_supervision_session_get_cases (TandemSupervisionSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), NULL);

  return self->cases;
}

/**
 * tandem_supervision_session_get_actions:
 *
 * Returns: (transfer none) (element-type TandemAgreedAction): the actions agreed; saving the
 *   session saves them, and deletes those of the session no longer in the list
 */
GPtrArray *
tandem_supervision_session_get_actions (TandemSupervisionSession *self)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), NULL);

  return self->actions;
}

/**
 * tandem_supervision_session_find_member:
 *
 * Returns: (transfer none) (nullable): the member of staff's part in the session
 */
TandemSupervisionMember *
tandem_supervision_session_find_member (TandemSupervisionSession *self,
                                        gint64                    staff_id)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), NULL);

  for (guint i = 0; i < self->members->len; i++)
    {
      TandemSupervisionMember *member = g_ptr_array_index (self->members, i);

      if (member->staff_id == staff_id)
        return member;
    }

  return NULL;
}

gboolean
tandem_supervision_session_has_member (TandemSupervisionSession *self,
                                       gint64                    staff_id)
{
  return tandem_supervision_session_find_member (self, staff_id) != NULL;
}

/**
 * tandem_supervision_session_equal:
 *
 * Returns: whether both sessions have the same fields, members, cases and actions
 */
gboolean
tandem_supervision_session_equal (TandemSupervisionSession *self,
                                  TandemSupervisionSession *other)
{
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), FALSE);
  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (other), FALSE);

  if (!tandem_record_equal (self, other) || self->members->len != other->members->len ||
      self->cases->len != other->cases->len || self->actions->len != other->actions->len)
    return FALSE;

  for (guint i = 0; i < self->members->len; i++)
    if (!tandem_supervision_member_equal (g_ptr_array_index (self->members, i),
                                          g_ptr_array_index (other->members, i)))
      return FALSE;

  for (guint i = 0; i < self->cases->len; i++)
    if (!tandem_supervision_case_equal (g_ptr_array_index (self->cases, i),
                                        g_ptr_array_index (other->cases, i)))
      return FALSE;

  for (guint i = 0; i < self->actions->len; i++)
    if (!tandem_record_equal (g_ptr_array_index (self->actions, i),
                              g_ptr_array_index (other->actions, i)))
      return FALSE;

  return TRUE;
}

/**
 * tandem_supervision_kind_is_one_to_one:
 *
 * Returns: whether a session of @kind supervises exactly one member of staff
 */
gboolean
tandem_supervision_kind_is_one_to_one (TandemSupervisionKind kind)
{
  return kind != TANDEM_SUPERVISION_GROUP && kind != TANDEM_SUPERVISION_PEER;
}

G_DEFINE_QUARK (tandem-supervision-session-error-quark, tandem_supervision_session_error)

static gboolean
fail (GError     **error,
      const char  *message)
{
  g_set_error_literal (error, TANDEM_SUPERVISION_SESSION_ERROR,
                       TANDEM_SUPERVISION_SESSION_ERROR_INVALID, message);
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy == '\0';
}

static gboolean
check_members (TandemSupervisionSession  *self,
               GError                   **error)
{
  guint n = self->members->len;

  if (n == 0)
    return fail (error, _("Choose who was supervised."));

  if (tandem_supervision_kind_is_one_to_one (self->kind) && n != 1)
    return fail (error, _("One-to-one supervision has one member of staff supervised: choose "
                          "group supervision for more."));

  if (self->kind == TANDEM_SUPERVISION_GROUP && n < 2)
    return fail (error, _("Group supervision needs at least two members."));

  if (self->kind == TANDEM_SUPERVISION_PEER && n < 2)
    return fail (error, _("Peer supervision needs at least two peers."));

  if (self->kind != TANDEM_SUPERVISION_PEER && self->supervisor_id == 0)
    return fail (error, _("Choose who led the session: only peer supervision can be without "
                          "a supervisor."));

  if (self->supervisor_id != 0 &&
      tandem_supervision_session_has_member (self, self->supervisor_id))
    return fail (error, _("The supervisor cannot also be one of those supervised."));

  for (guint i = 0; i < n; i++)
    {
      TandemSupervisionMember *member = g_ptr_array_index (self->members, i);

      if (member->coping < 0 || member->coping > 5 || member->workload < 0 ||
          member->workload > 5 || member->supported < 0 || member->supported > 5)
        return fail (error, _("Each wellbeing answer is from 1 to 5, or not asked."));

      for (guint j = 0; j < i; j++)
        if (((TandemSupervisionMember *) g_ptr_array_index (self->members, j))->staff_id ==
            member->staff_id)
          return fail (error, _("Someone is listed twice among those supervised."));
    }

  return TRUE;
}

static gboolean
check_cases (TandemSupervisionSession  *self,
             GError                   **error)
{
  for (guint i = 0; i < self->cases->len; i++)
    {
      TandemSupervisionCase *item = g_ptr_array_index (self->cases, i);

      if (item->person_id == 0)
        return fail (error, _("Choose the person for each case discussed."));

      if (item->escalation != TANDEM_ESCALATION_NONE && is_blank (item->escalation_note))
        return fail (error, _("Say what was done for each case escalated: to whom, and when."));
    }

  return TRUE;
}

/**
 * tandem_supervision_session_check:
 * @today: the day it is, for refusing a date in the future
 *
 * A session needs a real date not in the future, a duration up to ten hours, the right
 * number of members for its kind (one for one-to-one kinds, at least two for group and peer),
 * a supervisor who is not also a member (peer sessions may have none), a person for each case
 * and a note for each escalation, and a description for each action.
 */
gboolean
tandem_supervision_session_check (TandemSupervisionSession  *self,
                                  const GDate               *today,
                                  GError                   **error)
{
  GDate held;

  g_return_val_if_fail (TANDEM_IS_SUPERVISION_SESSION (self), FALSE);

  if (!tandem_date_from_iso (tandem_supervision_session_get_held_on (self), &held))
    return fail (error, _("Give the date the session was held."));

  if (today != NULL && g_date_compare (&held, today) > 0)
    return fail (error, _("The session’s date is in the future: record it once it was held."));

  if (self->duration_minutes < 0 || self->duration_minutes > TANDEM_SUPERVISION_MAX_MINUTES)
    return fail (error, _("A session lasts from 0 to 600 minutes (ten hours)."));

  if (!check_members (self, error) || !check_cases (self, error))
    return FALSE;

  /* A new session's actions get its id when it is saved: check them as if they had it. */
  for (guint i = 0; i < self->actions->len; i++)
    {
      g_autoptr(TandemAgreedAction) action = tandem_record_copy (g_ptr_array_index (self->actions,
                                                                                    i));

      tandem_agreed_action_set_huddle_case_id (action, 0);
      tandem_agreed_action_set_supervision_id (action, MAX (tandem_record_get_id (self), 1));
      if (!tandem_agreed_action_check (action, error))
        return FALSE;
    }

  return TRUE;
}
