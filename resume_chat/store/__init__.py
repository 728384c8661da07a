"""The conversation store: what was asked and answered, in SQLite or PostgreSQL.

Nothing here touches a database at import; `sqlite3` and `psycopg` are imported when a store
is opened. Front-ends use `Recorder` (it never raises, and warns once); `history` and
`insights` use `open_store` and `ConversationStore` (resume_chat.store.store) directly.
"""

from resume_chat.store.errors import SchemaTooNewError, StoreError, UnknownConversationError
from resume_chat.store.recorder import ConversationLog, Recorder
from resume_chat.store.records import Interrupted, utc_now

__all__ = [
    "ConversationLog",
    "Interrupted",
    "Recorder",
    "SchemaTooNewError",
    "StoreError",
    "UnknownConversationError",
    "utc_now",
]
