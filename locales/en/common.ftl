# Choice labels shared by several flows.

choice-info = Information: papers, money, housing
choice-talk = Talk to someone
choice-urgent = Emergency, danger
choice-youth = Young people and students
choice-phone = Phone safety
choice-back = Back to the menu
