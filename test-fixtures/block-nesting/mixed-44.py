async def g():
 try:
  pass
 except E:
  match x:
   case 1:
    if x:
     async for x in y:
      async for x in y:
       with x:
        try:
         try:
          pass
         finally:
          if a: continue
          try:
           pass
          finally:
           if a: continue
           try:
            if a: return 1
            async with x:
             try:
              try:
               if a: return x
               try:
                pass
               finally:
                if a: continue
                try:
                 match x:
                  case 1:
                   break
                except E:
                 pass
              finally:
               for x in y: pass
             except E:
              pass
           finally:
            for x in y: pass
        except E:
         pass
        finally:
         pass
