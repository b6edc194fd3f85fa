# Choice labels shared by several flows.

choice-info = Infos: direitos, auxílios, o percurso de saída
choice-talk = Falar com alguém
choice-urgent = Emergência, perigo
choice-youth = Jovens e estudantes
choice-phone = Segurança do celular
choice-back = Voltar ao menu
choice-near = Uma associação perto de mim
