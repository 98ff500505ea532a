// GENERATED FILE: do not edit by hand.
//
// A compact SUBSET of the Public Suffix List (https://publicsuffix.org, Debian package
// `publicsuffix`, /usr/share/publicsuffix/public_suffix_list.dat): every ICANN rule of the
// form `<common second-level label>.<tld>` (com, net, org, edu, gov, ac, co, or, ne, go, gob,
// mil, ...: co.uk, com.au, com.cn, ...) plus 54 widely used hosting/dynamic-DNS suffixes
// from the private section (github.io, herokuapp.com, duckdns.org, ...): 1147 rules in all.
// Generated with `python3 gen_psl.py [public_suffix_list.dat] > PublicSuffixSubset.swift`.
// Single-label TLDs need no entry: a host under an unlisted suffix falls back to the
// list's default rule "*" (the last label is the public suffix). Wildcard and exception
// rules, the long city/prefecture lists (jp, it, pl, no, ...) and most private entries are
// NOT included, so registered domains under them come out one label too short.

/// The public suffixes (beyond single-label TLDs) known to ``PublicSuffixList``.
enum PublicSuffixSubset {
    /// Rules separated by single spaces, ASCII, lower case.
    static let rules: StaticString = """
        com.ac edu.ac gov.ac mil.ac net.ac org.ac nom.ad ac.ae co.ae gov.ae mil.ae net.ae org.ae sch.ae \
        res.aero com.af edu.af gov.af net.af org.af co.ag com.ag net.ag nom.ag org.ag com.ai net.ai \
        org.ai com.al edu.al gov.al mil.al net.al org.al co.am com.am net.am org.am co.ao ed.ao gv.ao \
        framer.app netlify.app vercel.app web.app com.ar edu.ar gob.ar gov.ar int.ar mil.ar net.ar \
        org.ar gov.as ac.at co.at gv.at or.at asn.au com.au edu.au gov.au id.au info.au net.au org.au \
        com.aw biz.az com.az edu.az gov.az info.az int.az mil.az net.az org.az pro.az com.ba edu.ba \
        gov.ba mil.ba net.ba org.ba biz.bb co.bb com.bb edu.bb gov.bb info.bb net.bb org.bb ac.be \
        gov.bf com.bh edu.bh gov.bh net.bh org.bh co.bi com.bi edu.bi or.bi org.bi myftp.biz no-ip.biz \
        co.bj com.bj edu.bj info.bj net.bj org.bj com.bm edu.bm gov.bm net.bm org.bm com.bn edu.bn \
        gov.bn net.bn org.bn blog.bo com.bo edu.bo gob.bo info.bo int.bo mil.bo net.bo org.bo web.bo \
        blog.br com.br edu.br gov.br ind.br mil.br net.br org.br pro.br com.bs edu.bs gov.bs net.bs \
        org.bs com.bt edu.bt gov.bt net.bt org.bt co.bw org.bw com.by gov.by mil.by com.bz edu.bz \
        gov.bz net.bz org.bz gov.cd ac.ci co.ci com.ci ed.ci edu.ci go.ci gouv.ci int.ci net.ci or.ci \
        org.ci co.cl gob.cl gov.cl mil.cl co.cm com.cm gov.cm net.cm ac.cn com.cn edu.cn gov.cn mil.cn \
        net.cn org.cn carrd.co com.co edu.co firm.co gov.co info.co int.co mil.co net.co nom.co org.co \
        repl.co web.co s3.amazonaws.com appspot.com blogspot.com co.com elasticbeanstalk.com \
        firebaseapp.com herokuapp.com myshopify.com onrender.com servebeer.com serveftp.com wixsite.com \
        ac.cr co.cr ed.cr go.cr or.cr com.cu edu.cu gov.cu net.cu org.cu com.cv edu.cv int.cv org.cv \
        com.cw edu.cw net.cw org.cw gov.cx ac.cy biz.cy com.cy gov.cy ltd.cy mil.cy net.cy org.cy \
        pro.cy tm.cy fly.dev pages.dev r2.dev workers.dev com.dm edu.dm gov.dm net.dm org.dm com.do \
        edu.do gob.do gov.do mil.do net.do org.do web.do com.dz edu.dz gov.dz net.dz org.dz tm.dz \
        com.ec edu.ec gob.ec gov.ec info.ec mil.ec net.ec org.ec pro.ec com.ee edu.ee gov.ee org.ee \
        com.eg edu.eg gov.eg mil.eg net.eg org.eg com.es edu.es gob.es nom.es org.es biz.et com.et \
        edu.et gov.et info.et net.et org.et ac.fj biz.fj com.fj gov.fj info.fj mil.fj net.fj org.fj \
        pro.fj com.fm edu.fm net.fm org.fm com.fr gouv.fr nom.fr tm.fr edu.gd gov.gd com.ge edu.ge \
        gov.ge mil.ge net.ge org.ge co.gg net.gg org.gg com.gh edu.gh gov.gh mil.gh org.gh com.gi \
        edu.gi gov.gi ltd.gi mod.gi org.gi co.gl com.gl edu.gl net.gl org.gl ac.gn com.gn edu.gn gov.gn \
        net.gn org.gn translate.goog com.gp edu.gp net.gp org.gp com.gr edu.gr gov.gr net.gr org.gr \
        com.gt edu.gt gob.gt ind.gt mil.gt net.gt org.gt com.gu edu.gu gov.gu info.gu net.gu org.gu \
        web.gu co.gy com.gy edu.gy gov.gy net.gy org.gy com.hk edu.hk gov.hk idv.hk net.hk org.hk \
        com.hn edu.hn gob.hn mil.hn net.hn org.hn com.hr com.ht edu.ht firm.ht gouv.ht info.ht net.ht \
        org.ht pro.ht co.hu info.hu org.hu tm.hu ac.id biz.id co.id go.id mil.id net.id or.id sch.id \
        web.id gov.ie ac.il co.il gov.il net.il org.il ac.im co.im com.im net.im org.im ac.in biz.in \
        co.in com.in edu.in firm.in gen.in gov.in ind.in info.in int.in me.in mil.in net.in nic.in \
        org.in pro.in res.in bitbucket.io com.io github.io gitlab.io ngrok.io readthedocs.io com.iq \
        edu.iq gov.iq mil.iq net.iq org.iq ac.ir co.ir gov.ir id.ir net.ir org.ir sch.ir com.is edu.is \
        gov.is int.is net.is org.is co.it edu.it go.it gov.it gr.it me.it or.it co.je net.je org.je \
        com.jo edu.jo gov.jo mil.jo net.jo org.jo sch.jo ac.jp ad.jp co.jp ed.jp go.jp gr.jp lg.jp \
        ne.jp or.jp ac.ke co.ke go.ke info.ke me.ke ne.ke or.ke com.kg edu.kg gov.kg mil.kg net.kg \
        org.kg biz.ki com.ki edu.ki gov.ki info.ki net.ki org.ki com.km edu.km gouv.km gov.km mil.km \
        nom.km org.km tm.km edu.kn gov.kn net.kn org.kn com.kp edu.kp gov.kp org.kp ac.kr co.kr go.kr \
        mil.kr ne.kr or.kr com.kw edu.kw gov.kw ind.kw net.kw org.kw com.ky edu.ky net.ky org.ky com.kz \
        edu.kz gov.kz mil.kz net.kz org.kz com.la edu.la gov.la info.la int.la net.la org.la per.la \
        com.lb edu.lb gov.lb net.lb org.lb co.lc com.lc edu.lc gov.lc net.lc org.lc ac.lk com.lk edu.lk \
        gov.lk int.lk ltd.lk net.lk org.lk sch.lk web.lk com.lr edu.lr gov.lr net.lr org.lr ac.ls \
        biz.ls co.ls edu.ls gov.ls info.ls net.ls org.ls gov.lt asn.lv com.lv edu.lv gov.lv id.lv \
        mil.lv net.lv org.lv com.ly edu.ly gov.ly id.ly net.ly org.ly plc.ly sch.ly ac.ma co.ma gov.ma \
        net.ma org.ma tm.mc ac.me co.me edu.me glitch.me gov.me net.me org.me co.mg com.mg edu.mg \
        gov.mg mil.mg nom.mg org.mg tm.mg com.mk edu.mk gov.mk net.mk org.mk com.ml edu.ml gouv.ml \
        gov.ml net.ml org.ml edu.mn gov.mn org.mn com.mo edu.mo gov.mo net.mo org.mo gov.mr com.ms \
        edu.ms gov.ms net.ms org.ms com.mt edu.mt net.mt org.mt ac.mu co.mu com.mu gov.mu net.mu or.mu \
        org.mu biz.mv com.mv edu.mv gov.mv info.mv int.mv mil.mv net.mv org.mv pro.mv ac.mw biz.mw \
        co.mw com.mw edu.mw gov.mw int.mw net.mw org.mw com.mx edu.mx gob.mx net.mx org.mx biz.my \
        com.my edu.my gov.my mil.my net.my org.my ac.mz co.mz edu.mz gov.mz mil.mz net.mz org.mz co.na \
        com.na info.na or.na org.na pro.na nom.nc azurestaticapps.net azurewebsites.net cloudapp.net \
        cloudfront.net ddns.net dynu.net dynv6.net sytes.net com.nf firm.nf info.nf net.nf per.nf \
        web.nf com.ng edu.ng gov.ng mil.ng net.ng org.ng sch.ng ac.ni biz.ni co.ni com.ni edu.ni gob.ni \
        info.ni int.ni mil.ni net.ni nom.ni org.ni web.ni mil.no tm.no biz.nr com.nr edu.nr gov.nr \
        info.nr net.nr org.nr ac.nz co.nz gen.nz govt.nz mil.nz net.nz org.nz co.om com.om edu.om \
        gov.om net.om org.om pro.om duckdns.org dyndns.org eu.org freeddns.org hopto.org myftp.org \
        no-ip.org zapto.org ac.pa com.pa edu.pa gob.pa net.pa nom.pa org.pa com.pe edu.pe gob.pe mil.pe \
        net.pe nom.pe org.pe com.pf edu.pf org.pf com.ph edu.ph gov.ph mil.ph net.ph org.ph biz.pk \
        com.pk edu.pk gob.pk gov.pk info.pk net.pk org.pk web.pk biz.pl com.pl edu.pl gov.pl info.pl \
        mil.pl net.pl nom.pl org.pl tm.pl co.pn edu.pn gov.pn net.pn org.pn ac.pr biz.pr com.pr edu.pr \
        gov.pr info.pr net.pr org.pr pro.pr com.ps edu.ps gov.ps net.ps org.ps com.pt edu.pt gov.pt \
        int.pt net.pt org.pt co.pw ed.pw go.pw ne.pw or.pw com.py edu.py gov.py mil.py net.py org.py \
        com.qa edu.qa gov.qa mil.qa net.qa org.qa sch.qa com.re nom.re com.ro firm.ro info.ro nom.ro \
        org.ro tm.ro ac.rs co.rs edu.rs gov.rs org.rs com.ru msk.ru net.ru org.ru pp.ru spb.ru ac.rw \
        co.rw gov.rw mil.rw net.rw org.rw com.sa edu.sa gov.sa net.sa org.sa sch.sa com.sb edu.sb \
        gov.sb net.sb org.sb com.sc edu.sc gov.sc net.sc org.sc com.sd edu.sd gov.sd info.sd net.sd \
        org.sd ac.se org.se tm.se com.sg edu.sg gov.sg net.sg org.sg per.sg com.sh gov.sh mil.sh net.sh \
        org.sh com.sl edu.sl gov.sl net.sl org.sl com.sn edu.sn gouv.sn org.sn com.so edu.so gov.so \
        me.so net.so org.so biz.ss com.ss edu.ss gov.ss me.ss net.ss org.ss sch.ss co.st com.st edu.st \
        mil.st net.st org.st com.sv edu.sv gob.sv org.sv gov.sx com.sy edu.sy gov.sy mil.sy net.sy \
        org.sy ac.sz co.sz org.sz ac.th co.th go.th net.th or.th ac.tj biz.tj co.tj com.tj edu.tj go.tj \
        gov.tj int.tj mil.tj net.tj nic.tj org.tj web.tj gov.tl co.tm com.tm edu.tm gov.tm mil.tm \
        net.tm nom.tm org.tm com.tn gov.tn ind.tn info.tn net.tn org.tn com.to edu.to gov.to mil.to \
        net.to org.to biz.tr com.tr edu.tr gen.tr gov.tr info.tr mil.tr net.tr org.tr web.tr biz.tt \
        co.tt com.tt edu.tt gov.tt info.tt int.tt net.tt org.tt pro.tt com.tw edu.tw gov.tw idv.tw \
        mil.tw net.tw org.tw ac.tz co.tz go.tz info.tz me.tz mil.tz ne.tz or.tz com.ua edu.ua gov.ua \
        lg.ua net.ua org.ua ac.ug co.ug com.ug go.ug ne.ug or.ug org.ug ac.uk co.uk blogspot.co.uk \
        gov.uk ltd.uk me.uk net.uk org.uk plc.uk co.us id.us me.us ne.us or.us com.uy edu.uy mil.uy \
        net.uy org.uy co.uz com.uz net.uz org.uz com.vc edu.vc gov.vc mil.vc net.vc org.vc co.ve com.ve \
        edu.ve firm.ve gob.ve gov.ve info.ve int.ve mil.ve net.ve nom.ve org.ve web.ve co.vi com.vi \
        net.vi org.vi ac.vn biz.vn com.vn edu.vn gov.vn info.vn int.vn net.vn org.vn pro.vn com.vu \
        edu.vu net.vu org.vu com.ws edu.ws gov.ws net.ws org.ws com.ye edu.ye gov.ye mil.ye net.ye \
        org.ye ac.za co.za edu.za gov.za mil.za net.za nic.za nom.za org.za tm.za web.za ac.zm biz.zm \
        co.zm com.zm edu.zm gov.zm info.zm mil.zm net.zm org.zm sch.zm ac.zw co.zw gov.zw mil.zw org.zw 
        """
}
