# Choice labels shared by several flows.

choice-info = Info: rights, support, the pathway
choice-talk = Talk to someone
choice-urgent = Emergency, danger
choice-youth = Young people and students
choice-phone = Phone safety
choice-back = Back to the menu
choice-near = An association near me
