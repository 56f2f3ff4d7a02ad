# The "Your data" page (#/your-data): back up, bring in, lock, remove.

data-lead = Everything { -app-name } keeps is on this device, in this web browser. Here you can back it up, move it to another device, lock it, or remove it.
data-kept-heading = What is on this device
data-people = { $count ->
    [one] 1 person
   *[other] { $count } people
}
data-tasks = { $count ->
    [one] 1 task
   *[other] { $count } tasks
}
data-sessions = { $count ->
    [one] 1 teaching session
   *[other] { $count } teaching sessions
}
data-pictures = { $count ->
    [one] 1 picture
   *[other] { $count } pictures
}
data-scenarios = { $count ->
    [one] 1 saved scenario
   *[other] { $count } saved scenarios
}
# { $name } is the file name.
data-saved-file = Saved a backup file called { $name }. Keep it somewhere safe: anyone with the file can read it.
data-not-saved = This browser would not save the file.
data-choose-person-first = Choose a person first.
data-backup-heading = Back up, or move to another device
data-backup-intro = Save a file with your data. On another device, open { -app-name }, come to this page and bring the file in.
data-save-everything = Save a backup of everything
data-one-person = Or just one person
data-one-person-hint = Their tasks, sessions and pictures, for example to pass them to another job coach.
data-choose-person = Choose a person
data-save-person = Save this person’s file
data-backup-in = The backup is in.
data-backup-in-not-saved = The backup is in for now, but this device would not save it, so it will be gone when you close the page.
data-import-heading = Bring in a backup
data-file-label = Backup file
data-file-hint = A file saved from this page on any device. A file that cannot be read is refused, and nothing here changes.
data-how-legend = What should happen to the data already here?
data-how-merge = Keep it, and add what is new from the file
data-how-replace-everything = Remove it, and use only what is in the file
# { $person } is a person's initials or code.
data-how-replace-person = Replace { $person } with the file’s copy (everyone else stays)
data-bring-in = Bring it in
data-cancel = Cancel
# { $date } is "on 3 March 2025"; { $counts } is "2 people, 5 tasks, 3 teaching sessions, 4 pictures, 1 saved scenario".
data-describe-everything = A backup of everything, saved { $date }: { $counts }.
data-describe-person = A backup of { $person }, saved { $date }: { $counts }.
data-file-too-big = That file is too big to be a { -app-name } backup. Nothing was changed.
data-file-unreadable = The file could not be read.
# { $reason } is why the file was refused, a whole sentence.
data-file-refused = { $reason } Nothing was changed.
data-lock-heading = Lock with a passphrase
data-lock-turned-on = The lock is on. The data locks itself after { $minutes } minutes without use, or when you choose Lock.
data-lock-turned-off = The lock is off. The data on this device is no longer scrambled.
data-lock-is-on = The lock is on. The data is kept scrambled on this device and locks itself after { $minutes } minutes without use.
data-lock-now = Lock now
data-lock-off = Turn the lock off
data-lock-intro = For a tablet that several people use. The data is kept scrambled (encrypted) and locks itself when no one has used the app for a while. To open it, type the passphrase.
data-lock-warning = If you forget the passphrase, no one can get the data back.
data-lock-warning-more = Not you, not your organisation, not us. Save a backup first.
data-passphrase = Passphrase
data-passphrase-hint = At least 8 characters. A few words you will remember are best.
data-passphrase-again = Type it again
data-lock-after = Lock after
data-lock-minutes = { $minutes } minutes without use
data-lock-turning-on = Turning the lock on…
data-lock-turn-on = Turn the lock on
data-removed = Everything { -app-name } kept on this device has been removed.
data-remove-heading = Remove everything from this device
data-remove-intro = For example before you give the tablet to someone else. Save a backup first if you will need the data.
data-remove-button = Remove everything
