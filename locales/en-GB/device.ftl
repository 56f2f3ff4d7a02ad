# Saving on the device, the passphrase lock's screen and messages, removing everything, and
# the offer of a new version.

store-unavailable = This browser is not letting the app save anything on this device, so your work will be lost when you close the page. Everything else works, and you can export your data to a file.
store-full = This device has no room left for the app's data, so your latest changes are kept only until you close the page. Export your data to a file, or remove some pictures.
store-newer = Your data on this device was saved by a newer version of { -app-name }. It has not been changed. Until you update the app, what you do now is kept only until you close the page.
store-no-lock = There is no lock on this device's data.
store-cannot-unlock = This browser cannot unlock the data.
store-wrong-passphrase = That passphrase is not right. Check for capital letters and try again.
store-cannot-lock = This browser cannot lock the data. Nothing was changed.
store-no-room-to-lock = There is no room on this device to lock the data. Nothing was changed.
store-no-room-to-lock-all = There was no room to lock every item; the lock is on and nothing is lost.
store-no-room-to-unlock = There is no room on this device to take the lock off. The lock is still on.
store-lock-not-off = The lock could not be taken off. It is still on.
store-unreadable-tasks = The tasks on this device could not be read by this version of the app, so nothing was done with them. They have not been changed.
store-unreadable-sessions = The sessions on this device could not be read by this version of the app, so nothing was done with them. They have not been changed.
store-unreadable-scenarios = The saved scenarios on this device could not be read by this version of the app, so nothing was done with them. They have not been changed.

lock-heading = This device’s data is locked
lock-intro = Someone turned on a passphrase to keep the people, tasks and sessions on this device private. Type it to open them.
lock-type-passphrase = Type the passphrase.
lock-unlocking = Unlocking…
lock-unlock = Unlock
lock-forgotten = I have forgotten the passphrase
lock-forgotten-no-reset = No one can open the data without the passphrase: not you, not your organisation, not us. There is no reset. This keeps it private if the tablet is lost.
lock-forgotten-backup = If you have a backup file, you can remove the locked data and bring the backup in again.
lock-remove-all = Remove all data from this device
lock-damaged = The lock on this device's data is damaged, so the data cannot be opened. Nothing has been deleted.
lock-weak = The lock on this device's data was made in a way this app no longer trusts, so it will not open it. Nothing has been deleted.
lock-too-short = Use at least { $min } characters. A few words you will remember are best.
lock-too-long = Use { $max } characters or fewer.
lock-different = The two passphrases are not the same. Type it again.

remove-all-warning = This removes everything { -app-name } keeps on this device: people, tasks, sessions, pictures and saved scenarios. It cannot be undone.
remove-all-yes = Yes, remove everything
remove-all-no = No, keep it

update-ready = A new version of { -app-name } is ready. Your saved work stays on this device. You can finish what you are doing first.
update-use = Use the new version
