/** The help lines shared by every command that reads a project, so they all describe the same readers. */
export const INPUT_FORMATS_HELP = '<file> 可为项目文件（.json）、自评表（.xlsx）或评价报告（.txt / .docx）；\n报告与自评表中未能读入的内容逐条作为警告列出。';
