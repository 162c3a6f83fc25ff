# Messages with the care team (issue 20).
nav-messages = Messages
nav-messages-unread = { $count ->
    [one] (1 unread message)
   *[other] ({ $count } unread messages)
}
nav-messages-count-more = { $count }+
nav-messages-unread-more = (more than { $count } unread messages)
messages-title = Messages
messages-intro = Write to your care team and read their answers. Messages stay in your record.
messages-intro-care = Your patients' messages: those who allowed you to read their record write to you here.
messages-tabs-label = Conversations
messages-tab-current = Current
messages-tab-archived = Archived
messages-search-label = Search subjects
messages-search-button = Search
messages-own-title = My conversations
messages-new-button = Write a message
messages-inbox-title = Messages from my patients
messages-settings-link = Message settings
messages-none = No conversations here.
messages-unread = { $count ->
    [one] 1 new
   *[other] { $count } new
}
messages-emergency = Not for emergencies: in an emergency, call 15 or 112.
messages-body-label = Message
messages-file-label = Attach a file (optional)
messages-file-hint = PDF, JPEG or PNG, at most { $size } MB.
messages-subject-label = Subject
messages-new-title = Write to a professional
messages-back = Back to messages
messages-to-legend = Who are you writing to?
messages-practice = practice
messages-send-button = Send
messages-no-recipient = You can write to the professionals you allowed to read your record, or you have an appointment with. You have none yet.
messages-no-recipient-sharing = Choose who may read my record
messages-closed-title = Do not take messages from patients
messages-closed-hint = These professionals do not take messages online: contact their practice.
messages-patient-title = Messages with { $name }
messages-patient-link = Messages
messages-write-title = Write to the patient
messages-with = With { $name }
messages-about = Record of { $name }
messages-older = Older messages
messages-reply-title = Reply
messages-archive-button = Archive the conversation
messages-unarchive-button = Move back to current conversations
messages-automatic = { $name } (automatic reply)
messages-for = { $name }, for { $patient }
messages-read-on = Read by the professional on { $date }
messages-not-read = Not read yet
messages-file-size = { $size } KB
messages-file-saved = In my documents
messages-file-save = Save to my documents
messages-settings-title = Message settings
messages-settings-notices = Tell me by e-mail about a new message (without its content, at most once an hour)
messages-settings-accepts = Patients may write to me first
messages-settings-reply-label = Automatic reply while I am away
messages-settings-reply-hint = Sent to patients who write to you, once a day per conversation. Leave empty to send nothing.
messages-settings-button = Save
notice-message-sent = Your message is sent.
notice-message-archived = The conversation is archived.
notice-message-unarchived = The conversation is current again.
notice-message-saved = The file is saved in your documents.
notice-message-settings = Your settings are saved.
error-message-body = Please write your message: at most 5,000 characters of plain text (no markup, no invisible characters).
error-message-subject = Please give a subject: one line of at most 120 characters, no markup.
error-message-not-their-professional = You can write only to a professional you allowed to read your record, or you have an appointment with.
error-message-not-accepting = This professional does not take messages from patients online: please contact their practice.
error-message-absence-reply = The automatic reply is at most 1,000 characters of plain text.
error-practice-name = A practice's name is one line of at most 200 characters.
mail-message-received-subject = You have a new message in Carnet
mail-message-received-body =
    Hello { $name },

    You have a new message in Carnet. Sign in to read it:

    { $url }
mail-message-received-action = Read my messages
history-action-read-messages = read your messages
history-action-message-start = started a conversation
history-action-message-write = wrote a message
history-action-message-archive = archived a conversation
history-tried-read-messages = tried to read your messages
history-tried-message-start = tried to start a conversation
history-tried-message-write = tried to write a message
history-tried-message-archive = tried to archive a conversation
history-reason-not-party = this conversation or appointment is not with this professional
delegation-scope-messages-label = Read and write my messages with my care team
delegation-scope-messages = exchange messages with the care team
history-reason-appointment = an appointment with this professional
history-reason-not-their-professional = you neither authorized this professional nor have an appointment with them
history-reason-not-accepting = this professional does not take messages from patients
messages-file-publish-as = Publish in the record as
messages-file-publish = Publish
messages-file-in-record = In the patient's record
notice-message-published = The file is published in the patient's record, sealed in your name.
