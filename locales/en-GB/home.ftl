# The home page and the page for a link that leads nowhere.

home-title = Tools for finding and learning a job
home-lead = Three free tools for people looking for work, their families and job coaches. They work in your web browser, even with no internet connection once loaded.
home-lead--easy =
    Three free tools.
    For people looking for work, their families and job coaches.
    They work in your web browser.
    They work without the internet too.
home-better-off-heading = Will I be better off in work?
home-better-off-what = See how much money you would have each week if you took a job, compared with what you get now. It counts wages, tax, Universal Credit and other benefits.
home-better-off-what--easy =
    See how much money you would have each week in a job.
    See how much you get now.
    It counts pay, tax and benefits.
home-better-off-who = For job seekers, families and job coaches in England, Scotland and Wales.
home-tasks-heading = Break a job into steps
home-tasks-what = Write down each step of a task at work, in order, with what tells the person to do it and a picture. Turn it into a simple guide the worker can follow.
home-tasks-what--easy =
    Write down each step of a job.
    Add a picture to each step.
    Make a simple guide to follow.
home-tracker-heading = Track learning
home-tracker-what = Write down how much help each step needed in each teaching session. See progress, give less help over time, and spot early when learning has stopped.
home-tracker-what--easy =
    Write down how much help each step needed.
    See how learning goes.
    Give less help over time.
home-for-coaches = For job coaches.
home-private-heading = Your information is private
home-private = You do not need an account. What you type stays on this device. It is not sent to us or to anyone else.
home-private--easy =
    You do not need an account.
    What you type stays on this device.
    Nobody else sees it.

notfound-text = We could not find that page. The link may be wrong or out of date.
notfound-home = Go to the home page
